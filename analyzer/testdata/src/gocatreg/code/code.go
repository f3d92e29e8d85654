package code // want package:"catalog\\(40400001=404 40000001=400 40900001=409 50000001=500\\*\\)" package:"constructs"

// Package code is the catalog: registry calls at package level.

import (
	"net/http"

	"gocatreg/apierr"
)

func register(code, httpStatus int, msg string) *apierr.Error { // want register:"wrapper\\(status=arg1 code=arg0 message=arg2\\)"
	return apierr.New(httpStatus, code, msg)
}

var (
	ErrUserNotFound = register(40400001, http.StatusNotFound, "user not found") // want ErrUserNotFound:"code\\(40400001\\)"
	ErrBadName      = register(40000001, http.StatusBadRequest, "bad name")     // want ErrBadName:"code\\(40000001\\)"
)

var errConflict *apierr.Error

func init() {
	errConflict = register(40900001, 409, "conflict")
	_ = apierr.New(500, 50000001, "internal") //errcodecheck:used-elsewhere by the mobile client
}

//errcodecheck:used-elsewhere // want `//errcodecheck:used-elsewhere applies to nothing: put it at the end of a registration's or a message map entry's line`

// Lookup is no registration: its code is not a constant.
func Lookup(code int) *apierr.Error { return register(code, 500, "") } // want Lookup:"wrapper\\(status=500 code=arg0\\)"
