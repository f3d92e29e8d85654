// Package inner continues a chain of wrappers begun in package wrappers: // want package:"constructs"
// Forbid3 -> Forbid2 -> wrappers.Forbidden -> wrappers.NewError. Forbid3
// is declared first, so the chain resolves in any declaration order.
package inner

import "wrappers"

func Forbid3(code int) error { // want Forbid3:"wrapper\\(status=403 code=arg0\\)"
	return Forbid2(code)
}

func Forbid2(code int) error { // want Forbid2:"wrapper\\(status=403 code=arg0\\)"
	return wrappers.Forbidden(code)
}

// Derived wraps a code-only wrapper: code-only too.
func Derived(errorCode int) error { // want Derived:"wrapper\\(code=arg0\\)"
	return wrappers.FromCode(errorCode)
}

// Message forwards the message of a wrapper of another package.
func Message(code int, text string) error { // want Message:"wrapper\\(status=400 code=arg0 message=arg1\\)"
	return wrappers.BadRequest(code, text)
}

// Method wraps a method wrapper of another package.
func Method(h *wrappers.Handler, status, code int) error { // want Method:"wrapper\\(status=arg1 code=arg2\\)"
	return h.Fail(status, code)
}

// Generic wraps the generic wrapper with an instantiation.
func Generic(code int) error { // want Generic:"wrapper\\(status=400 code=arg0\\)"
	return wrappers.G[string](code, "")
}

// NotChained calls a non-wrapper: not a wrapper.
func NotChained(code int) error {
	return wrappers.Reassigned(code)
}
