package handler // want package:"constructs"

// Package handler uses codes in each way the check counts.

import (
	"errors"

	"checks/unused-code/errs"
)

func Handle(code int, err error) error {
	if code == errs.CodeCompared { // a comparison
		return nil
	}
	switch code {
	case 40100002: // a switch case
		return nil
	case 20000000: // a success code
		return nil
	}
	if errors.Is(err, errs.ErrGone) { // a reference to an error variable
		return err
	}
	_ = errs.CodeBadParam                   // a reference to a constant
	return errs.NewError(400, 40000003, "") // a construction
}
