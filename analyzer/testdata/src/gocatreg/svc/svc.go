package svc // want package:"catalog\\(40400001=404 40000001=400 40900001=409 50000001=500\\*\\)" package:"constructs"

// Package svc imports the catalog only through handler: the fact of an
// indirect dependency gives it the catalog.

import (
	"gocatreg/apierr"
	"gocatreg/handler"
)

func Serve(id int) error {
	if err := handler.Get(id); err != nil {
		return err
	}
	_ = apierr.New(409, 40900001, "conflict")
	return apierr.New(500, 40900001, "") // want `status 500 does not match error code 40900001 \(registered with 409\)`
}

// ErrBadName names the catalog's ErrBadName (40000001) but holds another
// registered code.
const ErrBadName = 40400001 // want `ErrBadName is error code 40400001, but the catalog's ErrBadName is error code 40000001`
