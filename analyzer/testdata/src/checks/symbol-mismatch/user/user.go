package user // want package:"constructs"

// Package user is in namespace user: only user's identifiers and codes
// count.

func NewError(httpCode, errorCode int, msg string) error { return nil }

// ErrExists is user's 40000003; 40000005 is platform's, unknown here.
const ErrExists = 40000005

// ErrNoRoot is platform's identifier: not one of user's.
const ErrNoRoot = 40400001

// Typed and implicit values: iota repeats the expression; reported at the
// name, no fix.
type Code int

const (
	ErrUserNotFound Code = 40400001 + iota
	ErrBadToken          // want `constant ErrBadToken is error code 40400002, but the catalog's ErrBadToken is error code 40100001 \(40400002 is ErrNameTaken\)`
)

// A variable code symbol, initialized by a construction.
var ErrNameTaken = NewError(404, 40400001, "") // want `variable ErrNameTaken is error code 40400001, but the catalog's ErrNameTaken is error code 40400002 \(40400001 is ErrUserNotFound\)` ErrNameTaken:`code\(40400001\)`
