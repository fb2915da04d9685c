from evcc_agent.cli import main

raise SystemExit(main())
