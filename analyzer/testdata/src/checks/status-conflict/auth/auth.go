package auth // want package:"constructs" package:"statuses\\(41900001:401=2 41900002:403=1\\)"

// Package auth constructs 41900001 with 401 twice: alone it has no
// conflict; its fact carries the counts to its importers.

func NewError(httpCode, errorCode int, msg string) error { return nil }

// BadRequest fixes status 400.
func BadRequest(code int) error { return NewError(400, code, "bad request") } // want BadRequest:"wrapper\\(status=400 code=arg0\\)"

func login() error {
	if true {
		return NewError(401, 41900001, "token expired")
	}
	return NewError(401, 41900001, "no token")
}

func admin() error { return NewError(403, 41900002, "") }
