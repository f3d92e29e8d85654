// Package errs holds the account service's business error codes, as the
// table in docs/error_codes.md lists them.
package errs

const (
	InvalidParam     = 410101
	UserNotFound     = 410108
	TokenExpired     = 410201
	PermissionDenied = 410202
	PhoneRegistered  = 410301
	Internal         = 419999
)
