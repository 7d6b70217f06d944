//! The contract's dates: when it can end if cancelled on a given day, and
//! what follows from that end (data takeover deadline, deletion, backups,
//! export delivery counted in Hessian working days).

pub mod cancellation;
pub mod timeline;
pub mod working_days;
