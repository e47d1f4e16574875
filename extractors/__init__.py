"""planwatch stages: one module per step, each with NAME, VERSION and run(ctx, cfg)."""
