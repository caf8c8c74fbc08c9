//! What a staff handler asks for instead of checking it itself: `StaffSession` (signed in),
//! `TeamLead` (a team leader or admin), `Admin` (signed in as an admin) and `CsrfForm<T>` (a signed-in form post carrying the
//! session's CSRF token from this site's origin). Each refusal is an `AppError`.
use axum::body::Bytes;
use axum::extract::{FromRef, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use axum_extra::extract::CookieJar;
use serde::de::DeserializeOwned;

use super::session;
use super::store::{Activity, StaffStore};
use crate::error::AppError;
use crate::infra::origin;
use crate::state::AppState;

/// What a staff account may do; stored as its slug (`adviser`, `team-leader`, `admin`).
/// A team leader sees the whole team's work and the service's figures; an admin also
/// manages accounts, held submissions and the audit trail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumString, strum::IntoStaticStr, strum::EnumIter)]
#[strum(serialize_all = "kebab-case")]
pub enum Role {
    Adviser,
    TeamLeader,
    Admin,
}

impl Role {
    pub fn slug(self) -> &'static str {
        self.into()
    }

    pub fn from_slug(slug: &str) -> Option<Role> {
        slug.parse().ok()
    }
}

/// Sent by `public/staff.js` on its polls: not the adviser's own activity.
pub const BACKGROUND_HEADER: &str = "x-background";

/// The signed-in staff member behind the request's session cookie.
#[derive(Debug, Clone, PartialEq)]
pub struct StaffSession {
    pub name: String,
    pub role: Role,
    /// Sent back in every form; a request without it changes nothing.
    pub csrf: String,
    /// The session's Redis key (a digest of the cookie's token), for re-checking it later.
    pub key: String,
}

impl StaffSession {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// Team leaders and admins: whole-team views, figures and exports.
    pub fn leads_team(&self) -> bool {
        matches!(self.role, Role::TeamLeader | Role::Admin)
    }

    /// The session named by the request's cookie. A request marked `X-Background: 1` (the
    /// console's polling) does not count as activity, so an unattended console idles out.
    pub async fn from_headers(headers: &HeaderMap, store: &StaffStore) -> Result<StaffSession, AppError> {
        let token = session::token(&CookieJar::from_headers(headers)).ok_or(AppError::SignedOut)?;
        let activity = if headers.get(BACKGROUND_HEADER).is_some_and(|v| v == "1") { Activity::Background } else { Activity::Own };
        store.session(&token, activity).await?.ok_or(AppError::SignedOut)
    }
}

/// No cookie, or an ended session: `SignedOut` (to the sign-in page). Redis down: 503.
impl FromRequestParts<AppState> for StaffSession {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        StaffSession::from_headers(&parts.headers, &StaffStore::from_ref(state)).await
    }
}

/// The request's session when its role passes `allowed`; anyone else signed in gets `Forbidden`.
async fn session_where(parts: &mut Parts, state: &AppState, allowed: fn(&StaffSession) -> bool) -> Result<StaffSession, AppError> {
    let staff = StaffSession::from_request_parts(parts, state).await?;
    if allowed(&staff) { Ok(staff) } else { Err(AppError::Forbidden) }
}

/// A session whose role is admin.
pub struct Admin(pub StaffSession);

impl FromRequestParts<AppState> for Admin {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        session_where(parts, state, StaffSession::is_admin).await.map(Admin)
    }
}

/// A session whose role is team leader or admin.
pub struct TeamLead(pub StaffSession);

impl FromRequestParts<AppState> for TeamLead {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        session_where(parts, state, StaffSession::leads_team).await.map(TeamLead)
    }
}

/// The field every staff form carries the session's CSRF token in.
pub const CSRF_FIELD: &str = "csrf";

/// A signed-in form post: the session and the form parsed as `T`, accepted only with the
/// session's CSRF token and, when the browser sends one, an `Origin` of this site. Use
/// `CsrfForm<Vec<(String, String)>>` for forms with repeated fields (checkbox groups).
pub struct CsrfForm<T> {
    pub staff: StaffSession,
    pub form: T,
}

impl<T: DeserializeOwned + Send> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let staff = StaffSession::from_request_parts(&mut parts, state).await?;
        let headers = parts.headers.clone();
        let body = Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(unreadable)?;
        check_form(&staff, &headers, &body)?;
        let form = serde_urlencoded::from_bytes(&body).map_err(unreadable)?;
        Ok(CsrfForm { staff, form })
    }
}

fn unreadable(_: impl std::fmt::Debug) -> AppError {
    AppError::BadRequest("The form could not be read.")
}

/// A form post is accepted only with the session's CSRF token (the last `csrf` field) and,
/// when the browser names one, an `Origin` of this site.
pub fn check_form(staff: &StaffSession, headers: &HeaderMap, body: &[u8]) -> Result<(), AppError> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body).unwrap_or_default();
    let token = pairs.iter().rev().find(|(name, _)| name == CSRF_FIELD).map(|(_, value)| value);
    if origin::allows_form(headers) && token == Some(&staff.csrf) { Ok(()) } else { Err(AppError::ExpiredForm) }
}

#[cfg(test)]
mod tests {
    use super::Role;
    use strum::IntoEnumIterator;

    #[test]
    fn roles_round_trip_through_their_slugs() {
        let slugs: Vec<&str> = Role::iter().map(Role::slug).collect();
        assert_eq!(slugs, ["adviser", "team-leader", "admin"]);
        for role in Role::iter() {
            assert_eq!(Role::from_slug(role.slug()), Some(role));
        }
        assert_eq!(Role::from_slug("teamleader"), None);
    }
}
