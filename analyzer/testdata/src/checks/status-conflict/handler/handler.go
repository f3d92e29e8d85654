package handler // want package:"constructs" package:"statuses\\(41900001:400=3,401=4 41900002:400=1,403=1 41900003:400=1,409=2\\)"

// Package handler imports auth: auth's sites count with its own.

import "checks/status-conflict/auth"

func f() {
	_ = auth.NewError(401, 41900001, "")
	_ = auth.NewError(401, 41900001, "")
	_ = auth.NewError(400, 41900001, "") // want `error code 41900001 is constructed with status 400 here but with 401 at 4 sites \(first: checks/status-conflict/auth/auth.go:13\)`

	// A wrapper's fixed status: reported at the code.
	_ = auth.BadRequest(41900001) // want `error code 41900001 is constructed with status 400 here but with 401 at 4 sites`

	// An ignore directive silences a minority site.
	_ = auth.NewError(400, 41900001, "") //errcodecheck:ignore status-conflict the old login page expects 400

	// A tie (403 in auth, 400 here): no single most common status.
	_ = auth.NewError(400, 41900002, "")

	// Only this package: 409 twice, 400 once.
	_ = auth.NewError(409, 41900003, "")
	_ = auth.NewError(409, 41900003, "")
	const bad = 400
	_ = auth.NewError(bad, 41900003, "") // want `error code 41900003 is constructed with status 400 here but with 409 at 2 sites \(first: checks/status-conflict/handler/handler.go:22\)`

	// A registered code is status-mismatch's business.
	_ = auth.NewError(401, 40100002, "")
	_ = auth.NewError(401, 40100002, "")
	_ = auth.NewError(400, 40100002, "")

	// A success code is no error.
	_ = auth.NewError(200, 0, "")
	_ = auth.NewError(201, 0, "")
	_ = auth.NewError(200, 0, "")
}

// main: does not matter; a status that is not constant is not counted.
func g(status int) {
	_ = auth.NewError(status, 41900003, "")
}
