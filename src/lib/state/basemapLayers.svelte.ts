/**
 * Which of the Global Map relief and roads are shown (each has its own toggle; both on by
 * default). Kept in links (`relief=off`, `roads=off`); builds without the roads and relief ignore it.
 */
export class BasemapLayersState {
  relief = $state(true);
  roads = $state(true);

  /** Shows or hides the relief. */
  setRelief(on: boolean): void {
    this.relief = on;
  }

  /** Shows or hides the roads. */
  setRoads(on: boolean): void {
    this.roads = on;
  }
}
