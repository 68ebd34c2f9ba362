export interface Figure {
  name: string;
  value: number;
  unit: string;
}
