package base // want package:"constructs" package:"statuses\\(41900009:401=2\\)"

// Package base constructs 41900009 with 401 twice; left and right import
// it, and top imports both: a diamond, through which base's sites must
// count once.

func NewError(httpCode, errorCode int, msg string) error { return nil }

func a() error { return NewError(401, 41900009, "") }
func b() error { return NewError(401, 41900009, "") }
