// A reader that stops early (`buku-kelompok check … | head`) closes the pipe: the command line then
// stops quietly with its exit code so far, as command-line tools do, instead of a stack trace.
export function watchPipes(): void {
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw e;
    });
}
