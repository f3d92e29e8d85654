// Package store produces codes directly, through an error variable, a
// wrapper and apierr.Unauthorized.
package store

import "example.com/usage/apierr"

var ErrMissing = apierr.New(404, 40400001, "记录不存在")

func Get(id string) error {
	if id == "" {
		return apierr.New(400, 40000001, "参数错误")
	}
	if id == "me" {
		return apierr.Unauthorized()
	}
	return ErrMissing
}

type Store struct{}

func (s *Store) Load() error { return load() }

func load() error { return apierr.NotFound(40400002) }
