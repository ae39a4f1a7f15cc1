//! Warning control from the command line: -W options and PYTHONWARNINGS become
//! sys.warnoptions, and the warnings module installs them as filters at start-up.

use std::process::{Command, Output};

fn taipan(args: &[&str], warnings_env: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_taipan"));
    cmd.args(args)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONWARNINGS");
    if let Some(w) = warnings_env {
        cmd.env("PYTHONWARNINGS", w);
    }
    cmd.output().expect("run taipan")
}

const PROG: &str =
    "import sys, warnings\nprint(sys.warnoptions)\nwarnings.warn('careful')\nprint('after')";

#[test]
fn w_error_turns_warnings_into_exceptions() {
    let o = taipan(&["-W", "error", "-c", PROG], None);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "['error']\n");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.lines().last(), Some("UserWarning: careful"));
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn env_options_come_first_and_bad_ones_are_reported_at_start_up() {
    let o = taipan(&["-Wignore", "-c", PROG], Some("error,bogus"));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "['error', 'bogus', 'ignore']\nafter\n"
    );
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "Invalid -W option ignored: invalid action: 'bogus'\n"
    );
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn default_shows_the_warning_once_with_its_source_line() {
    let o = taipan(&["-E", "-c", PROG], Some("error"));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "[]\nafter\n");
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "<string>:3: UserWarning: careful\n"
    );
}

#[test]
fn message_and_module_parts_are_escaped_patterns() {
    let o = taipan(
        &[
            "-W",
            "ignore:CARE",
            "-W",
            "error::UserWarning:nomatch",
            "-c",
            PROG,
        ],
        None,
    );
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "['ignore:CARE', 'error::UserWarning:nomatch']\nafter\n"
    );
    assert_eq!(String::from_utf8_lossy(&o.stderr), "");
}
