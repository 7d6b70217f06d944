-- Passkeys (WebAuthn credentials) a user added as a second factor beside
-- the authenticator app. The public key and signature counter are stored as
-- the JSON that webauthn-rs writes; nothing here is secret.
CREATE TABLE passkeys (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    -- base64url of the credential id, unique across all users
    credential_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    credential TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE INDEX passkeys_user ON passkeys (user_id);
