//! The audit trail read for the audit view and its CSV export: newest first, filtered
//! (`domain::audit::AuditFilter`), a page at a time from a cursor (an entry id), so any line
//! within `AUDIT_DAYS` can be reached, however many there are.
use domain::audit::AuditFilter;

use super::StaffStore;
use crate::error::AppError;
use crate::triage::audit::AuditEntry;
use crate::triage::store::audit_range;

/// Lines read from Redis per round trip.
const READ_BATCH: usize = 500;

/// A page of matching lines, and where the next (older) page starts if there are more.
pub struct AuditPage {
    pub rows: Vec<AuditEntry>,
    pub older: Option<String>,
}

impl StaffStore {
    /// Up to `want` lines matching `filter`, older than the entry `before` (if given), reading
    /// at most `read_limit` lines: a rare filter over a long trail returns a short page and
    /// a cursor rather than keeping the request waiting.
    pub async fn audit_matching(&self, filter: &AuditFilter, before: Option<&str>, want: usize, read_limit: usize) -> Result<AuditPage, AppError> {
        let mut connection = self.connection().await?;
        let start = filter.from_ms.map_or("-".to_owned(), |ms| ms.max(0).to_string());
        let mut end = match (before, filter.until_ms) {
            (Some(id), _) if is_entry_id(id) => format!("({id}"),
            (_, Some(until)) => (until - 1).max(0).to_string(),
            _ => "+".to_owned(),
        };
        let (mut rows, mut read) = (Vec::new(), 0);
        loop {
            let batch = audit_range(&mut connection, &end, &start, READ_BATCH).await?;
            let exhausted = batch.len() < READ_BATCH;
            for line in batch {
                read += 1;
                end = format!("({}", line.id);
                if filter.matches(line.at_ms, &line.who, &line.action, &line.referral) {
                    rows.push(line);
                    if rows.len() == want {
                        return Ok(AuditPage { older: Some(end[1..].to_owned()), rows });
                    }
                }
            }
            if exhausted {
                return Ok(AuditPage { rows, older: None });
            }
            if read >= read_limit {
                return Ok(AuditPage { rows, older: Some(end[1..].to_owned()) });
            }
        }
    }
}

/// A stream entry id (`ms-seq`), the only cursor that reaches Redis.
fn is_entry_id(id: &str) -> bool {
    id.split_once('-').is_some_and(|(ms, seq)| {
        !ms.is_empty() && !seq.is_empty() && ms.bytes().all(|b| b.is_ascii_digit()) && seq.bytes().all(|b| b.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_entry_ids_are_cursors() {
        assert!(super::is_entry_id("1764470000000-3"));
        for bad in ["", "+", "-", "1-", "a-1", "1-1 ", "(1-1"] {
            assert!(!super::is_entry_id(bad), "{bad:?}");
        }
    }
}
