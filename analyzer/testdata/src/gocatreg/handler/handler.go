package handler // want package:"catalog\\(40400001=404 40000001=400 40900001=409 50000001=500\\*\\)" package:"constructs"

import (
	"gocatreg/apierr"
	"gocatreg/code"
)

//errcodecheck:used-elsewhere // want `//errcodecheck:used-elsewhere applies only in a Go catalog's package`
func Get(id int) error {
	if id == 0 {
		return code.ErrUserNotFound
	}
	if id < 0 {
		return apierr.New(400, 40400001, "user not found") // want `status 400 does not match error code 40400001 \(registered with 404\)`
	}
	return apierr.New(404, 40400002, "") // want `error code 40400002 is not registered`
}
