/**
 * Text written to a stream in blocks, not a write per line: a scan may report a million lines.
 * Block buffering is what ripgrep does when its output is not a terminal; on one, each line goes
 * out at once so that a stream piped in is followed as it comes.
 */
export class Output {
  private parts: string[] = [];
  private size = 0;
  private readonly blockSize: number;

  constructor(private readonly stream: NodeJS.WriteStream) {
    this.blockSize = stream.isTTY ? 0 : 64 * 1024;
  }

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size > this.blockSize) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    this.stream.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}
