package service // want package:"constructs"

// Package service gets its codes from store and apierr, two packages
// down the chain.

import (
	"inventory/apierr"
	"inventory/store"
)

func Register(id string) error { // want Register:"codes\\(40000001 40100001 40400001 40400002 40900001\\)"
	if err := store.Get(id); err != nil {
		return err
	}
	if err := (&store.Store{}).Load(); err != nil {
		return err
	}
	return conflict()
}

func conflict() error { return apierr.New(409, 40900001, "") }

// Quiet produces nothing.
func Quiet() error { return nil }

type handler struct{}

// Serve is exported on an unexported type: not in the inventory's API list.
func (handler) Serve() error { return store.Get("") } // want Serve:"codes\\(40000001 40100001 40400001\\)"
