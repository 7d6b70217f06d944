//! The operator's command line: start the portal, create customers and
//! users, seed the demo organisation.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "server", about = "rhönmail customer portal")]
pub struct Cli {
    /// TOML configuration file (environment variables override it).
    #[arg(long, global = true, env = "PORTAL_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the portal (the default).
    Serve,
    /// Create a customer organisation.
    CreateCustomer {
        /// Customer number, e.g. K-100235.
        #[arg(long)]
        number: String,
        /// Company name.
        #[arg(long)]
        name: String,
    },
    /// Create a user of a customer and print a one-time link to set the password.
    CreateUser {
        /// Customer number.
        #[arg(long)]
        customer: String,
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// owner, admin or readonly
        #[arg(long, default_value = "owner")]
        role: String,
    },
    /// Create the demo customer "Muster GmbH" (if missing).
    SeedDemo,
    /// Import mailbox figures exported from Exchange (CSV, see README).
    ImportStats {
        /// The CSV file.
        file: PathBuf,
    },
    /// Who receives a customer's quota alert mails.
    AlertRecipients {
        /// Customer number.
        #[arg(long)]
        customer: String,
        /// mailbox (the mailbox itself), admins (owners and admins) or both
        #[arg(long)]
        to: String,
    },
    /// Register a domain for a customer.
    AddDomain {
        /// Customer number.
        #[arg(long)]
        customer: String,
        /// The domain (Unicode or punycode).
        #[arg(long)]
        domain: String,
        /// All its mail runs through the provider (spam filter, allow-lists).
        #[arg(long)]
        fully_routed: bool,
    },
    /// Move a service request on: received, in_progress, done or rejected
    /// (with --reason); the requester gets a mail.
    RequestStatus {
        /// The request number, e.g. A-2026-00017.
        #[arg(long)]
        number: String,
        #[arg(long)]
        status: String,
        /// Why it was rejected (shown to the customer).
        #[arg(long)]
        reason: Option<String>,
    },
    /// Record a customer's contract: signing day and first provisioning of
    /// the mailboxes (the contract starts on the first of that month; at the
    /// latest three months after signing).
    SetContract {
        /// Customer number, e.g. K-100235.
        #[arg(long)]
        customer: String,
        /// Day the contract was signed (YYYY-MM-DD).
        #[arg(long)]
        signed_on: String,
        /// Day the mailboxes were first provided (YYYY-MM-DD).
        #[arg(long)]
        provided_on: String,
        /// Minimum term in months.
        #[arg(long, default_value_t = 1)]
        minimum_term_months: u32,
    },
    /// Record that the provider confirmed a customer's cancellation (of the
    /// contract or of one add-on).
    ConfirmCancellation {
        /// Customer number, e.g. K-100234.
        customer_number: String,
        /// What was cancelled: contract, or an add-on such as m365-business-basic.
        target: String,
        /// A note for the record (e.g. the provider's reference).
        #[arg(long)]
        note: Option<String>,
    },
    /// Check the DNS records of every domain whose daily check is due.
    CheckDomains,
    /// Show the mail outbox: mails per state and the dead letters.
    Outbox {
        /// Put this dead-lettered mail back into the queue.
        #[arg(long)]
        retry: Option<String>,
    },
}
