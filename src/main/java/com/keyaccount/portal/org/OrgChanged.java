package com.keyaccount.portal.org;

/** Something in the org tree changed (a person or a department): the cached tree is stale once this commits. */
record OrgChanged() {
}
