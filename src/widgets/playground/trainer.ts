/**
 * Playground, a training run: the seeded data set split into training and test points, a kernel
 * MLP (sigmoid output, cross-entropy, SGD in batches of 10), and after every epoch the losses,
 * accuracies and the decision heatmap. Buffers are allocated once per run; an epoch of training
 * and the heatmap update allocate only the small per-epoch records. No DOM: tested in Node.
 */
import { classificationSets, createMLP, trainTestSplit, type Dataset, type MLP } from '@nonlinear/kernel';
import type { Derived, LossPoint, Point, State } from './model';

/** The plane the data live in and the heatmap covers: [−EXTENT, EXTENT]². */
export const EXTENT = 6;
/**
 * The decision heatmap samples the network on GRID × GRID cells of side 1/4 covering
 * [−GRID_EXTENT, GRID_EXTENT]², one cell wider than the view on each side: contour polygons close
 * along the grid's edge, and that edge then falls outside the clipped frame instead of being drawn.
 */
export const GRID = 50;
export const GRID_EXTENT = 6.25;
/** Points per data set, the share held out for testing, and the seeds (fixed: a run is reproducible). */
export const N_POINTS = 400;
export const TEST_FRACTION = 0.25;
const DATA_SEED = 1;
const SPLIT_SEED = 2;
const MODEL_SEED = 1;
const BATCH_SIZE = 10;
/** Training stops here; Reset (or any new setting) starts over. */
export const MAX_EPOCHS = 1000;

const BOUNDS = { xMin: -GRID_EXTENT, xMax: GRID_EXTENT, yMin: -GRID_EXTENT, yMax: GRID_EXTENT };

/** A training run for one set of settings. */
export interface Trainer {
  readonly state: Readonly<State>;
  readonly epoch: number;
  /** Diverged, or MAX_EPOCHS reached: `train` does nothing more. */
  readonly done: boolean;
  /** Runs up to `epochs` passes over the training points (fewer if the run finishes), then updates losses and heatmap. */
  train(epochs: number): void;
  /** What the view draws now. Its arrays are the run's own buffers: read them before training again. */
  snapshot(): Derived;
}

/**
 * Creates a run at epoch 0 for `state`: data set `state.data` with N_POINTS points and
 * `state.noise`, split TEST_FRACTION for testing, a 2 → width × depth → 1 network with the chosen
 * hidden activation (Xavier initialisation, seed 1). Example: `createTrainer(defaults(schema)).train(20)`
 * leaves the default tanh network on circles above 90% training accuracy.
 */
export function createTrainer(state: State): Trainer {
  const config: State = { ...state };
  const data = classificationSets[config.data]({ n: N_POINTS, noise: config.noise, seed: DATA_SEED });
  const { train, test } = trainTestSplit(data, { testFraction: TEST_FRACTION, seed: SPLIT_SEED });
  const sizes = [2, ...Array.from({ length: config.depth }, () => config.width), 1];
  const model: MLP = createMLP({ sizes, activation: config.activation, output: 'sigmoid', init: 'xavier', seed: MODEL_SEED });
  const learningRate = Number(config.lr);
  const points: Point[] = Array.from({ length: train.n }, (_, i) => ({
    x1: train.x[2 * i]!, x2: train.x[2 * i + 1]!, label: train.y[i]! >= 0.5 ? 1 : 0,
  }));
  const p = new Float64Array(GRID * GRID);
  const history: LossPoint[] = [];
  let epoch = 0;
  let diverged = false;
  let trainEval = { loss: NaN, accuracy: 0 };
  let testEval = { loss: NaN, accuracy: 0 };

  const measure = (set: Dataset) => {
    const { loss, accuracy } = model.evaluate(set);
    return { loss, accuracy: accuracy ?? 0 };
  };
  const update = (): void => {
    trainEval = measure(train);
    testEval = measure(test);
    history.push({ epoch, train: trainEval.loss, test: testEval.loss });
    if (!Number.isFinite(trainEval.loss)) {
      diverged = true; // keep the last finite heatmap: NaN weights have no boundary to draw
      return;
    }
    model.predictGrid(GRID, GRID, BOUNDS, p);
  };
  update();

  return {
    state: config,
    get epoch() {
      return epoch;
    },
    get done() {
      return diverged || epoch >= MAX_EPOCHS;
    },
    train(epochs: number): void {
      const run = Math.min(epochs, MAX_EPOCHS - epoch);
      if (diverged || run <= 0) return;
      model.fit(train, { epochs: run, batchSize: BATCH_SIZE, learningRate });
      epoch += run;
      update();
    },
    snapshot: (): Derived => ({
      state: config,
      sizes,
      nTrain: train.n,
      nTest: test.n,
      epoch,
      maxEpochs: MAX_EPOCHS,
      trainLoss: trainEval.loss,
      testLoss: testEval.loss,
      trainAccuracy: trainEval.accuracy,
      testAccuracy: testEval.accuracy,
      diverged,
      done: diverged || epoch >= MAX_EPOCHS,
      p,
      points,
      history,
    }),
  };
}
