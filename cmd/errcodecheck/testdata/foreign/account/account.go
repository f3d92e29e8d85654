// Package account registers users.
package account

import (
	"net/http"

	"example.com/foreign/apperr"
	"example.com/foreign/errs"
)

// Register creates an account for phone.
func Register(phone string, taken bool) error {
	switch {
	case phone == "":
		return apperr.New(http.StatusBadRequest, errs.InvalidParam, "invalid parameter")
	case taken:
		return apperr.New(http.StatusBadRequest, errs.PhoneRegistered, "phone already registered") // registered with 409
	case len(phone) > 20:
		return apperr.New(http.StatusBadRequest, 410102, "phone too long") // not in the catalog
	}
	return nil
}

// Expired is returned for an old token.
var Expired = &apperr.AppError{HTTPStatus: http.StatusUnauthorized, ErrCode: errs.TokenExpired, Msg: "token expired"}

// Fail maps an internal failure.
func Fail() error { return apperr.New(500, errs.Internal, "internal error") }
