//! Module objects: a name and a globals dict (a dict object shared with the functions
//! defined in the module).

use crate::value::ObjRef;

pub struct PyModule {
    pub name: String,
    pub dict: ObjRef,
}
