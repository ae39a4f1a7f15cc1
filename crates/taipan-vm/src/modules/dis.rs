//! `_dis`: what `lib/dis.py` needs from Taipan's bytecode: the instruction table, decoded
//! instructions with their operands resolved, and the text disassembly.

use crate::modules::sys::{module_set, new_module};
use crate::objects::function::PyCode;
use crate::value::{ObjRef, Payload, Value};
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;
use taipan_bytecode::dis;
use taipan_bytecode::opcodes::{CmpOp, Opcode, OperandKind};

pub fn create(vm: &mut Vm) -> ObjRef {
    let m = new_module(vm, "_dis");
    // opname has 256 entries as CPython's (`<N>` for unused numbers); opmap name → number.
    let mut names: Vec<Value> = (0..256).map(|i| vm.new_str(format!("<{i}>"))).collect();
    let opmap = vm.new_dict();
    for op in Opcode::ALL {
        names[*op as usize] = vm.new_str(op.name());
        let k = vm.new_str(op.name());
        let _ = vm.set_item(&opmap, k, Value::Int(*op as i64));
    }
    let opname = vm.new_list(names);
    module_set(vm, &m, "opname", opname);
    module_set(vm, &m, "opmap", opmap);
    for (name, f) in [
        ("disassemble", disassemble as crate::vm::NativeFn),
        ("instructions", instructions),
        ("compile_source", compile_source),
    ] {
        let b = vm.new_builtin(name, f);
        module_set(vm, &m, name, b);
    }
    m
}

fn code_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Rc<PyCode>> {
    match v.payload() {
        Some(Payload::Code(c)) => Ok(c.clone()),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("{fname}() argument must be code, not {t}")))
        }
    }
}

/// `disassemble(code, recursive)`: the text `dis.dis` prints.
fn disassemble(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "disassemble", 2, 2)?;
    let code = code_arg(vm, &args.pos[0], "disassemble")?;
    let recursive = vm.truthy(&args.pos[1])?;
    let text = if recursive {
        dis::disassemble(&code.co)
    } else {
        dis::disassemble_one(&code.co)
    };
    Ok(vm.new_str(text))
}

/// `instructions(code)`: a list of (opname, opcode, arg, argval, argrepr, offset,
/// starts_line, is_jump_target) tuples, as dis.Instruction's fields.
fn instructions(vm: &mut Vm, args: Args) -> PyResult {
    args.one_arg(vm, "instructions")?;
    let code = code_arg(vm, &args.pos[0], "instructions")?;
    let mut out = Vec::new();
    for ins in dis::instructions(&code.co) {
        let arg = ins
            .arg
            .map(|a| Value::Int(i64::from(a)))
            .unwrap_or(Value::None);
        let argval = match (ins.op, ins.arg) {
            (Some(op), Some(a)) => argval(vm, &code, op, a),
            _ => Value::None,
        };
        let item = vec![
            vm.new_str(ins.opname()),
            Value::Int(i64::from(ins.opcode)),
            arg,
            argval,
            vm.new_str(ins.argrepr.clone()),
            Value::Int(i64::from(ins.offset)),
            ins.starts_line
                .map(|l| Value::Int(i64::from(l)))
                .unwrap_or(Value::None),
            Value::Bool(ins.is_jump_target),
        ];
        out.push(vm.new_tuple(item));
    }
    Ok(vm.new_list(out))
}

/// The operand's value as dis shows it: the constant, the name, the jump target.
fn argval(vm: &mut Vm, code: &PyCode, op: Opcode, arg: u32) -> Value {
    let i = arg as usize;
    let name = |v: Option<&Rc<str>>| v.map(|s| s.to_string());
    let text = match op.operand() {
        OperandKind::Const => return code.consts.get(i).cloned().unwrap_or(Value::None),
        OperandKind::Name => name(code.co.names.get(i)),
        OperandKind::Local => name(code.co.varnames.get(i)),
        OperandKind::Deref => {
            let n = code.co.cellvars.len();
            if i < n {
                name(code.co.cellvars.get(i))
            } else {
                name(code.co.freevars.get(i - n))
            }
        }
        OperandKind::CmpOp => CmpOp::from_arg(arg).map(|c| c.symbol().to_string()),
        _ => None,
    };
    match text {
        Some(t) => vm.new_str(t),
        None => Value::Int(i64::from(arg)),
    }
}

/// `compile_source(source, filename)`: a module code object, for `dis.dis("x = 1")`.
fn compile_source(vm: &mut Vm, args: Args) -> PyResult {
    args.positional(vm, "compile_source", 2, 2)?;
    let (Some(src), Some(file)) = (args.pos[0].as_str(), args.pos[1].as_str()) else {
        return Err(vm.type_error("compile_source() arguments must be str"));
    };
    // As compile(): at the interpreter's optimisation level.
    let mode = taipan_compiler::Mode::Exec;
    let code =
        taipan_compiler::compile_source_opt(src.as_str(), file.as_str(), mode, vm.config.optimize)
            .map_err(|e| vm.syntax_error(&e))?;
    let code = vm.load_code(Rc::new(code));
    Ok(vm.alloc(&vm.types.code.clone(), Payload::Code(code)))
}
