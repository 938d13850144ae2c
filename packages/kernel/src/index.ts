/**
 * @nonlinear/kernel: the numerics of the Nonlinear course. Pure functions over numbers and
 * typed arrays: no DOM, no dependencies, no state, no work at import time.
 */
export { sigmoid, sigmoidGrad, logSigmoid } from './sigmoid.ts';
export { tanh, tanhGrad } from './tanh.ts';
export {
  identity,
  identityGrad,
  relu,
  reluGrad,
  leakyRelu,
  leakyReluGrad,
  relu6,
  relu6Grad,
} from './relu.ts';
export { elu, eluGrad } from './elu.ts';
export { softplus, softplusGrad } from './softplus.ts';
export { silu, siluGrad } from './silu.ts';
export { gelu, geluGrad } from './gelu.ts';
export { erf, erfc, normalCdf, normalPdf } from './erf.ts';
export { activations, type Activation, type ActivationName } from './registry.ts';
export { softmax, logSoftmax, logSumExp, softmaxRowsInto } from './softmax.ts';
export { sigmoidInto, tanhInto, geluInto } from './batch.ts';
export { mse, mseGrad, mae, maeGrad, huber, huberGrad } from './regression-losses.ts';
export {
  binaryCrossEntropy,
  binaryCrossEntropyGrad,
  bceWithLogits,
  bceWithLogitsGrad,
  softmaxCrossEntropy,
  softmaxCrossEntropyGrad,
} from './classification-losses.ts';
export { gradCheck, type Differentiable } from './grad-check.ts';
export { createRng, toRng, shuffleInPlace, type Rng } from './rng.ts';
export {
  createMLP,
  type MLP,
  type MLPOptions,
  type InitName,
  type OutputName,
  type OptimizerName,
  type TrainOptions,
  type FitOptions,
  type TrainingData,
  type LayerStats,
  type GridBounds,
} from './mlp.ts';
export { Value, topologicalOrder } from './value.ts';
export { toGraph, type Graph, type GraphNode, type GraphEdge } from './value-graph.ts';
export {
  xor,
  circles,
  gaussians,
  spiral,
  moons,
  classificationSets,
  trainTestSplit,
  type Dataset,
  type ClassificationOptions,
  type MultiClassOptions,
  type ClassificationSetName,
} from './datasets.ts';
export { sine, linear, type RegressionOptions, type LinearOptions, type RegressionDataset } from './datasets-regression.ts';
