// Passkeys: the browser's part of the two WebAuthn ceremonies. The server
// (webauthn-rs) makes and checks everything; this script only carries JSON
// between the server and navigator.credentials. Buttons name their ceremony
// in data-passkey ("register" or "login"); messages come from the page, in
// the user's language; data-status names the element that shows progress.
'use strict';

(function () {
  const b64urlToBytes = (text) => {
    const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  };
  const bytesToB64url = (buffer) => {
    let binary = '';
    for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  // WebIDL dictionaries refuse null where a member is optional.
  const withoutNulls = (value) => {
    if (Array.isArray(value)) return value.map(withoutNulls);
    if (value && typeof value === 'object') {
      const out = {};
      for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v);
      return out;
    }
    return value;
  };

  async function call(name, fields) {
    const response = await fetch('/api/' + name, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams(fields || {}),
      credentials: 'same-origin',
    });
    if (!response.ok) {
      const error = new Error('server');
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  async function register() {
    const options = withoutNulls(JSON.parse(await call('passkey_registration_options')).publicKey);
    options.challenge = b64urlToBytes(options.challenge);
    options.user.id = b64urlToBytes(options.user.id);
    for (const c of options.excludeCredentials || []) c.id = b64urlToBytes(c.id);
    const credential = await navigator.credentials.create({ publicKey: options });
    const json = {
      id: credential.id,
      rawId: bytesToB64url(credential.rawId),
      type: credential.type,
      response: {
        clientDataJSON: bytesToB64url(credential.response.clientDataJSON),
        attestationObject: bytesToB64url(credential.response.attestationObject),
      },
      extensions: credential.getClientExtensionResults(),
    };
    return call('finish_passkey_registration', { credential: JSON.stringify(json) });
  }

  async function login() {
    const options = withoutNulls(JSON.parse(await call('passkey_login_options')).publicKey);
    options.challenge = b64urlToBytes(options.challenge);
    for (const c of options.allowCredentials || []) c.id = b64urlToBytes(c.id);
    const credential = await navigator.credentials.get({ publicKey: options });
    const r = credential.response;
    const json = {
      id: credential.id,
      rawId: bytesToB64url(credential.rawId),
      type: credential.type,
      response: {
        clientDataJSON: bytesToB64url(r.clientDataJSON),
        authenticatorData: bytesToB64url(r.authenticatorData),
        signature: bytesToB64url(r.signature),
        userHandle: r.userHandle ? bytesToB64url(r.userHandle) : null,
      },
      extensions: credential.getClientExtensionResults(),
    };
    return call('finish_passkey_login', { credential: JSON.stringify(json) });
  }

  const ceremonies = { register, login };

  for (const button of document.querySelectorAll('button[data-passkey]')) {
    const status = document.getElementById(button.dataset.status);
    const section = button.closest('[data-passkey-section]');
    if (section) section.hidden = false;
    const say = (key, isError) => {
      status.textContent = button.dataset[key] || '';
      status.classList.toggle('notice-error', Boolean(isError));
    };
    if (!window.PublicKeyCredential || !navigator.credentials) {
      button.disabled = true;
      say('msgUnsupported', true);
      continue;
    }
    button.hidden = false;
    button.addEventListener('click', async () => {
      button.disabled = true;
      button.setAttribute('aria-busy', 'true');
      say('msgWorking', false);
      try {
        const next = await ceremonies[button.dataset.passkey]();
        say('msgDone', false);
        window.location.assign(next);
      } catch (error) {
        // NotAllowedError: the user closed the dialogue or it timed out.
        if (error && error.name === 'NotAllowedError') say('msgCancelled', true);
        else if (error && error.status === 429) say('msgThrottled', true);
        else if (error && error.name === 'InvalidStateError') say('msgDuplicate', true);
        else say('msgFailed', true);
        button.disabled = false;
        button.removeAttribute('aria-busy');
      }
    });
  }
})();
