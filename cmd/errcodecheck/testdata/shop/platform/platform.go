// Package platform is in the platform namespace and makes every mistake
// errcodecheck knows.
package platform

import (
	"example.com/shop/apierr"
	"example.com/shop/user"
)

// Login fails with the wrong status for its code.
func Login() error {
	return apierr.New(400, 40100002, "")
}

// Missing fails with a code the catalog does not have.
func Missing() error {
	return apierr.New(404, 40400099, "")
}

// Borrowed uses a code of the user namespace.
func Borrowed() error {
	return apierr.New(400, user.ErrUserExists, "")
}

// Misnamed uses the user service's text for the platform's code.
func Misnamed() error {
	return apierr.New(400, 40000002, "密码长度小于6位")
}

// Known fails the wrong way on purpose.
func Known() error {
	//errcodecheck:ignore the mobile client expects 500 here
	return apierr.New(500, 40400001, "")
}

// Stale has a directive that silences nothing.
func Stale() error {
	//errcodecheck:ignore nothing to silence any more
	return apierr.New(404, 40400001, "")
}
