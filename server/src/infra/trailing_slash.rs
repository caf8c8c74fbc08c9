//! `/en/` and `/en/directory/` (as people type them and other sites link them) answer a
//! permanent redirect (308, so a form post stays a post) to the path without the slash,
//! keeping the query. `/` itself is left to the language redirect.
use axum::extract::Request;
use axum::http::Uri;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

pub async fn redirect(request: Request, next: Next) -> Response {
    match without_trailing_slash(request.uri()) {
        Some(location) => Redirect::permanent(&location).into_response(),
        None => next.run(request).await,
    }
}

/// Where a path ending in `/` should go instead, or `None` when it needs no redirect.
pub fn without_trailing_slash(uri: &Uri) -> Option<String> {
    let path = uri.path();
    if path == "/" || !path.ends_with('/') {
        return None;
    }
    // Leading slashes collapse to one: `//evil.example/` must not become the
    // protocol-relative `//evil.example`, which a browser would follow to another site.
    let rest = path.trim_start_matches(['/', '\\']).trim_end_matches('/');
    let mut location = format!("/{rest}");
    if let Some(query) = uri.query().filter(|q| !q.is_empty()) {
        location.push('?');
        location.push_str(query);
    }
    Some(location)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(uri: &str) -> Option<String> {
        without_trailing_slash(&uri.parse::<Uri>().unwrap())
    }

    #[test]
    fn a_trailing_slash_is_dropped_and_the_query_kept() {
        assert_eq!(target("/en/").as_deref(), Some("/en"));
        assert_eq!(target("/en/directory/").as_deref(), Some("/en/directory"));
        assert_eq!(target("/en/directory/?audience=men&channel=phone").as_deref(), Some("/en/directory?audience=men&channel=phone"));
        assert_eq!(target("/en//").as_deref(), Some("/en"));
    }

    #[test]
    fn paths_without_one_and_the_root_are_left_alone() {
        assert_eq!(target("/"), None);
        assert_eq!(target("/?x=1"), None);
        assert_eq!(target("/en"), None);
        assert_eq!(target("/en/directory?audience=men"), None);
    }

    #[test]
    fn never_points_at_another_site() {
        assert_eq!(target("//evil.example/").as_deref(), Some("/evil.example"));
        assert_eq!(target("///evil.example/x/").as_deref(), Some("/evil.example/x"));
        assert_eq!(target("//").as_deref(), Some("/"));
    }
}
