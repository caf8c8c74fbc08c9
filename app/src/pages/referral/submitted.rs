//! What the visitor sent, handed back to the form page when it must be shown again.
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub struct FieldProblem {
    pub field: String,
    /// A Fluent key, e.g. `form-error-required`.
    pub message_key: &'static str,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SubmittedForm {
    pub values: BTreeMap<String, String>,
    pub problems: Vec<FieldProblem>,
    /// A message about the whole form (rate limit, storage unavailable), as a Fluent key.
    pub notice: Option<&'static str>,
}

impl SubmittedForm {
    pub fn value(&self, field: &str) -> String {
        self.values.get(field).cloned().unwrap_or_default()
    }

    pub fn problem(&self, field: &str) -> Option<&'static str> {
        self.problems.iter().find(|p| p.field == field).map(|p| p.message_key)
    }
}
