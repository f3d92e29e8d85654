// Package http is not net/http: its StatusBadRequest is 401.
package http

const StatusBadRequest = 401

var StatusNotFound = 404
