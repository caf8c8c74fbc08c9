//! Where services work. The directory file's `[areas]` says which larger areas each area lies
//! within (`rotherham = ["south-yorkshire"]`), so a site for Rotherham shows services for
//! Rotherham, South Yorkshire, England, England and Wales and the UK, and none for Rutland.
use std::collections::BTreeMap;

use super::DirectoryError;

/// Every area the directory knows, each with the areas it lies directly within.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Areas {
    within: BTreeMap<String, Vec<String>>,
}

impl Areas {
    /// Reads `[areas]`: `id = ["larger-area", …]`. Every larger area must be listed too, and
    /// no area may lie within itself, however indirectly.
    pub(super) fn parse(table: toml::Table) -> Result<Areas, DirectoryError> {
        let error = |field: String, problem: String| DirectoryError::Area { area: field, problem };
        let mut within = BTreeMap::new();
        for (id, value) in table {
            let larger = value
                .as_array()
                .and_then(|items| items.iter().map(|v| v.as_str().map(str::to_owned)).collect::<Option<Vec<_>>>())
                .ok_or_else(|| error(id.clone(), "must be a list of areas it lies within, like [\"england\"]".into()))?;
            within.insert(id, larger);
        }
        let areas = Areas { within };
        for (id, larger) in &areas.within {
            if let Some(unknown) = larger.iter().find(|l| !areas.within.contains_key(*l)) {
                return Err(error(id.clone(), format!("lies within {unknown:?}, which is not listed in [areas]")));
            }
            if areas.covering(id)[1..].contains(id) {
                return Err(error(id.clone(), "lies within itself (through the areas it is within)".into()));
            }
        }
        Ok(areas)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.within.contains_key(id)
    }

    /// Every area id, for error messages.
    pub fn ids(&self) -> Vec<&str> {
        self.within.keys().map(String::as_str).collect()
    }

    /// `id` and every area it lies within, nearest first: the areas whose services a site for
    /// `id` shows. Stops at a repeat, so a cycle cannot loop (`parse` refuses one anyway).
    pub fn covering(&self, id: &str) -> Vec<String> {
        let mut found = vec![id.to_owned()];
        let mut next = 0;
        while next < found.len() {
            for larger in self.within.get(&found[next]).into_iter().flatten() {
                if !found.contains(larger) {
                    found.push(larger.clone());
                } else if larger == id {
                    // A cycle back to the start: keep it visible for `parse` to refuse.
                    found.push(larger.clone());
                    return found;
                }
            }
            next += 1;
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn areas(text: &str) -> Result<Areas, DirectoryError> {
        Areas::parse(toml::from_str(text).unwrap())
    }

    #[test]
    fn an_area_is_covered_by_every_area_it_lies_within() {
        let areas = areas("rotherham = [\"south-yorkshire\"]\nsouth-yorkshire = [\"england\"]\nengland = [\"uk\"]\nrutland = [\"england\"]\nuk = []\n").unwrap();
        assert_eq!(areas.covering("rotherham"), ["rotherham", "south-yorkshire", "england", "uk"]);
        assert_eq!(areas.covering("rutland"), ["rutland", "england", "uk"]);
        assert!(!areas.covering("rotherham").contains(&"rutland".to_owned()));
    }

    #[test]
    fn unknown_larger_areas_and_cycles_are_refused() {
        let unknown = areas("rotherham = [\"yorkshire\"]\n").unwrap_err().to_string();
        assert!(unknown.contains("rotherham") && unknown.contains("\"yorkshire\""), "{unknown}");
        let cycle = areas("a = [\"b\"]\nb = [\"a\"]\n").unwrap_err().to_string();
        assert!(cycle.contains("lies within itself"), "{cycle}");
        assert!(areas("a = \"b\"\n").is_err());
    }
}
