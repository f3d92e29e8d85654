package api

import (
	"net/http"

	"example.com/foreign/apperr"
	"example.com/foreign/errs"
)

// GetUser answers GET /users/{id}.
func GetUser(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		Abort(w, http.StatusBadRequest, errs.InvalidParam, "invalid parameter")
		return
	}
	if id == "0" {
		Abort(w, http.StatusUnauthorized, errs.UserNotFound, "user not found") // the catalog serves 410108 with 404
		return
	}
	OK(w, map[string]string{"id": id})
}

// lookup finds a user.
func lookup(id string) error {
	if id == "missing" {
		return apperr.New(http.StatusNotFound, errs.UserNotFound, "user not found")
	}
	if id == "locked" {
		return apperr.New(http.StatusForbidden, errs.PermissionDenied, "permission denied")
	}
	return nil
}
