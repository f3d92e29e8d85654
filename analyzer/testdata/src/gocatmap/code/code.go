package code // want package:"catalog\\(10001=404 10002=400 10003=418\\)" package:"constructs"

// Package code is the catalog: constants, a message map and a status map.

import "net/http"

type Code int

const (
	CodeUserNotFound Code = 10001
	CodeBadName      Code = 10002
	CodeTeapot       Code = 10003
)

var messages = map[Code]string{
	CodeUserNotFound: "user not found",
	CodeBadName:      "bad name",
	CodeTeapot:       "teapot",
}

var statuses = map[Code]int{
	CodeUserNotFound: http.StatusNotFound,
	CodeBadName:      http.StatusBadRequest,
	CodeTeapot:       http.StatusTeapot,
}

type Error struct{ Status, Code int }

func (e *Error) Error() string { return messages[Code(e.Code)] }

func New(status int, code Code) error { return &Error{status, int(code)} }
