// Package service gets its codes from store and apierr.
package service

import (
	"example.com/usage/apierr"
	"example.com/usage/codes"
	"example.com/usage/store"
)

func Register(id string) error {
	if err := store.Get(id); err != nil {
		return err
	}
	if err := (&store.Store{}).Load(); err != nil {
		return err
	}
	return apierr.New(409, 40900001, "已存在")
}

// Retry compares a code it gets back: a use, not a production.
func Retry(code int) bool { return code == codes.Internal }
