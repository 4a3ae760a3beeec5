#!/usr/bin/env node
import { readAllStdin, run } from "../dist/cli.js";

const result = await run(process.argv.slice(2), { readStdin: readAllStdin, isTTY: process.stdout.isTTY, env: process.env });
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
