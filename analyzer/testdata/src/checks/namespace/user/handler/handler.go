package handler // want package:"constructs"

// Package handler is a package of namespace user.

import "checks/namespace/platform/codes"

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f(code int) error {
	if code == codes.ResourceExists { // want `codes.ResourceExists is error code 40000003 of namespace platform, used in a package of namespace user`
		return nil
	}
	// One mistake, one finding: 40000010 is not registered in user, but
	// the mistake is the platform symbol, which the namespace check names.
	return NewError(400, codes.CannotEditRoot, "") // want `codes.CannotEditRoot is error code 40000010 of namespace platform, used in a package of namespace user`
}
