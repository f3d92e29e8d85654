// Package codes declares constants used by package consts.
package codes

// Code is a typed error code.
type Code int

const (
	TokenExpired      = 40100002
	Forbidden    Code = 40300001
	BadStatus         = 400
)

// Status is a typed HTTP status.
type Status uint16

const Unauthorized Status = 401
