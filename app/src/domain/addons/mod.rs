//! Add-ons and service requests: what can be booked, what it costs, and the
//! provider's rules for bookings, cancellations and support requests.

pub mod catalogue;
pub mod dates;
pub mod prices;
pub mod rules;
