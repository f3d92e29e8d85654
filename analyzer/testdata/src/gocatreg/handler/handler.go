package handler // want package:"constructs"

import (
	"gocatreg/apierr"
	"gocatreg/code"
)

func Get(id int) error {
	if id == 0 {
		return code.ErrUserNotFound
	}
	if id < 0 {
		return apierr.New(400, 40400001, "user not found") // want `status 400 does not match error code 40400001 \(registered with 404\)`
	}
	return apierr.New(404, 40400002, "") // want `error code 40400002 is not registered`
}
