package postgres

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parley-news/parley/internal/store"
)

// pingAfter is how long a connection may stay idle before it is checked
// (a server restart or a dropped network link leaves idle connections
// dead) on its next use.
const pingAfter = 2 * time.Second

// idleConn is an idle connection and when it was given back.
type idleConn struct {
	c     *pgx.Conn
	since time.Time
}

// pool is a small connection pool over pgx.Conn: at most cap(slots)
// connections are open at once, idle ones are reused. (pgxpool would need a
// module this repository does not require.)
type pool struct {
	cfg   *pgx.ConnConfig
	slots chan struct{} // one token per connection in use
	mu    sync.Mutex
	idle  []idleConn
	shut  bool
}

func newPool(cfg *pgx.ConnConfig, size int) *pool {
	return &pool{cfg: cfg, slots: make(chan struct{}, size)}
}

// acquire returns a connection, waiting while every connection is in use.
// It must be given back with release.
func (p *pool) acquire(ctx context.Context) (*pgx.Conn, error) {
	select {
	case p.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	for {
		p.mu.Lock()
		if p.shut {
			p.mu.Unlock()
			<-p.slots
			return nil, store.ErrClosed
		}
		n := len(p.idle)
		if n == 0 {
			p.mu.Unlock()
			break
		}
		ic := p.idle[n-1]
		p.idle = p.idle[:n-1]
		p.mu.Unlock()
		if time.Since(ic.since) < pingAfter || ic.c.Ping(ctx) == nil {
			return ic.c, nil
		}
		ic.c.Close(context.Background())
		if err := ctx.Err(); err != nil {
			<-p.slots
			return nil, err
		}
	}
	c, err := pgx.ConnectConfig(ctx, p.cfg)
	if err != nil {
		<-p.slots
		return nil, err
	}
	return c, nil
}

// release gives c back. A connection that is closed, busy or inside a
// transaction (after an error or a cancelled context) is closed rather than
// reused.
func (p *pool) release(c *pgx.Conn) {
	defer func() { <-p.slots }()
	p.mu.Lock()
	reuse := !p.shut && !c.IsClosed() && !c.PgConn().IsBusy() && c.PgConn().TxStatus() == 'I'
	if reuse {
		p.idle = append(p.idle, idleConn{c: c, since: time.Now()})
	}
	p.mu.Unlock()
	if !reuse {
		c.Close(context.Background())
	}
}

// close closes the idle connections; connections in use are closed when
// released.
func (p *pool) close() error {
	p.mu.Lock()
	p.shut = true
	idle := p.idle
	p.idle = nil
	p.mu.Unlock()
	var errs []error
	for _, ic := range idle {
		errs = append(errs, ic.c.Close(context.Background()))
	}
	return errors.Join(errs...)
}

// tx runs fn in a transaction on a pooled connection, committing when fn
// returns nil and rolling back otherwise.
func (p *pool) tx(ctx context.Context, opts pgx.TxOptions, fn func(tx pgx.Tx) error) (err error) {
	c, err := p.acquire(ctx)
	if err != nil {
		return err
	}
	defer p.release(c)
	tx, err := c.BeginTx(ctx, opts)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			err = errors.Join(err, ignoreDone(tx.Rollback(context.WithoutCancel(ctx))))
		}
	}()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit(ctx)
}
