//! The one error type handlers return. Each variant knows its status and what the person is
//! told; nothing here echoes input, and what is logged never holds personal data.
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Redis cannot be reached right now; the request changed nothing.
    #[error("storage unavailable")]
    Unavailable,
    #[error("redis: {0}")]
    Redis(#[from] redis::RedisError),
    /// A staff page without a live session: back to sign-in.
    #[error("not signed in")]
    SignedOut,
    /// A staff form without the session's CSRF token, or posted from another origin.
    #[error("form expired or from another origin")]
    ExpiredForm,
    /// Signed in, but not allowed (an adviser on an admin page).
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// The request cannot be understood; the message is ours, never the input.
    #[error("bad request: {0}")]
    BadRequest(&'static str),
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::Unavailable | AppError::Redis(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::SignedOut => StatusCode::SEE_OTHER,
            AppError::ExpiredForm | AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
        }
    }

    fn message(&self) -> &'static str {
        match self {
            AppError::Unavailable | AppError::Redis(_) => "Redis is unavailable; try again shortly.",
            AppError::SignedOut => "Sign in again.",
            AppError::ExpiredForm => "This form has expired. Go back, reload the page and try again.",
            AppError::Forbidden => "Only an admin can do that.",
            AppError::NotFound => "Not found.",
            AppError::BadRequest(message) => message,
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match &self {
            AppError::SignedOut => return Redirect::to("/staff/login").into_response(),
            AppError::Redis(error) => tracing::warn!(kind = ?error.kind(), "redis error"),
            AppError::ExpiredForm => tracing::warn!("staff request refused: missing or wrong CSRF token"),
            _ => {}
        }
        let mut response = (self.status(), self.message()).into_response();
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
        response
    }
}
