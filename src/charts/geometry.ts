// The shapes every chart layout is made of, shared by the pure computes and their drawings.

/** One line of text, placed: (x, y) is the start of its baseline. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A record's mark, placed: the area that takes focus and clicks, and where its tooltip hangs. */
export interface PlacedMark {
  id: string;
  hit: Box;
  anchor: Point;
}
