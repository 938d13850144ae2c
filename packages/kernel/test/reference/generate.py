#!/usr/bin/env python3
"""Reference values for @nonlinear/kernel, computed independently of it.

Every value is evaluated with mpmath at 60 significant digits from the textbook definition
(written so that no step cancels catastrophically at that precision) and then rounded to the
nearest double. The kernel must agree with these to 1e-12 relative; see ../reference.test.ts.

    python3 packages/kernel/test/reference/generate.py   # rewrites values.json (mpmath >= 1.3)

The inputs are doubles (stored with repr, which round-trips exactly), chosen to reach the tails:
from -1000 to 1000, tiny magnitudes down to 1e-300, the overflow edges of exp near 709 and 745,
and seeded random points in between.
"""
import json
import math
import random
from pathlib import Path

import mpmath as mp

mp.mp.dps = 60
mpf = mp.mpf


def to_double(v):
    """Nearest double to an mpf, subnormals and underflow included (Python's float(str) rounds
    correctly; 30 significant digits leave no double-rounding that matters at 1e-12)."""
    if v == 0:
        return 0.0
    return float(mp.nstr(v, 30))


# --- scalar definitions (x is an exact mpf copy of a double) -------------------------------
def sig(x):
    return 1 / (1 + mp.exp(-x))


def sig_grad(x):
    e = mp.exp(-x)
    return e / (1 + e) ** 2


def gelu_grad(x):
    return mp.ncdf(x) + x * mp.npdf(x)


SCALAR = {
    "sigmoid": sig,
    "sigmoidGrad": sig_grad,
    "logSigmoid": lambda x: -mp.log1p(mp.exp(-x)),
    "tanh": mp.tanh,
    "tanhGrad": lambda x: mp.sech(x) ** 2,
    "leakyRelu": lambda x: x if x > 0 else mpf("0.01") * x,
    "elu": lambda x: x if x > 0 else mp.expm1(x),
    "eluGrad": lambda x: mpf(1) if x > 0 else mp.exp(x),
    "softplus": lambda x: mp.log1p(mp.exp(x)),
    "softplusGrad": sig,
    "silu": lambda x: x * sig(x),
    # sigma(x) (1 + x (1 - sigma(x))) with 1 - sigma(x) written as sigma(-x).
    "siluGrad": lambda x: sig(x) * (1 + x * sig(-x)),
    "gelu": lambda x: x * mp.ncdf(x),
    "geluGrad": gelu_grad,
    "erf": mp.erf,
    "erfc": mp.erfc,
    "normalCdf": mp.ncdf,
    "normalPdf": mp.npdf,
}

MAGNITUDES = [
    1e-300, 1e-200, 1e-100, 1e-30, 1e-16, 1e-12, 1e-8, 1e-5, 1e-3, 0.01, 0.1, 0.25, 0.46875, 0.5, 0.75,
    1, 1.5, 2, 2.5, 3, 4, 4.5, 5, 6, 7, 8, 10, 12, 15, 18, 19.5, 20, 25, 26.5, 27, 30, 35, 36, 37,
    37.5, 38, 38.5, 39, 40, 45, 50, 60, 80, 100, 150, 200, 300, 350, 354, 355, 400, 500, 600, 700,
    708, 709, 709.7, 710, 720, 745, 746, 750, 800, 900, 1000,
]


def scalar_inputs(rng):
    xs = {0.0}
    for m in MAGNITUDES:
        xs.add(float(m))
        xs.add(-float(m))
    for _ in range(150):
        xs.add(rng.uniform(-40, 40))
    for _ in range(60):
        xs.add(rng.choice([-1, 1]) * 10 ** rng.uniform(-20, 3))
    return sorted(xs)


# --- vector and loss cases -------------------------------------------------------------------
def softmax_mp(z, t=1):
    zs = [mpf(v) / t for v in z]
    es = [mp.exp(v) for v in zs]
    s = mp.fsum(es)
    return [e / s for e in es]


def lse_mp(z):
    return mp.log(mp.fsum(mp.exp(mpf(v)) for v in z))


def vector_cases(rng):
    zs = [
        [1000, 1001, 1002],
        [-1000, 0, 1000],
        [0, -1000],
        [0, -40],
        [1e-10, 0],
        [710, 709, -710],
        [-1000, -1000, -1001],
        [3.5],
        [1e308, -1e308],
        [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0],
    ]
    for _ in range(20):
        n = rng.randint(2, 12)
        scale = 10 ** rng.uniform(-3, 3)
        zs.append([rng.gauss(0, scale) for _ in range(n)])
    cases = []
    for z in zs:
        cases.append({
            "z": z,
            "softmax": [to_double(v) for v in softmax_mp(z)],
            "logSoftmax": [to_double(mpf(v) - lse_mp(z)) for v in z],
            "logSumExp": to_double(lse_mp(z)),
        })
    temps = []
    for z, t in [([1, 2, 3], 0.5), ([1, 2, 3], 2), ([1, 2, 3], 10), ([100, 101], 0.01), ([5, -5, 0], 1e-3)]:
        temps.append({"z": z, "temperature": t, "softmax": [to_double(v) for v in softmax_mp(z, mpf(t))]})
    return cases, temps


def clip(p, lo, hi):
    return min(max(p, lo), hi)


def loss_cases(rng):
    out = {"mse": [], "mae": [], "huber": [], "binaryCrossEntropy": [], "bceWithLogits": [], "softmaxCrossEntropy": []}
    for _ in range(8):
        n = rng.randint(1, 10)
        y = [rng.gauss(0, 3) for _ in range(n)]
        p = [v + rng.gauss(0, 2) * rng.choice([0.01, 1, 10]) for v in y]
        Y = [mpf(v) for v in y]
        P = [mpf(v) for v in p]
        out["mse"].append({"yTrue": y, "yPred": p,
                           "value": to_double(mp.fsum((b - a) ** 2 for a, b in zip(Y, P)) / n),
                           "grad": [to_double(2 * (b - a) / n) for a, b in zip(Y, P)]})
        out["mae"].append({"yTrue": y, "yPred": p,
                           "value": to_double(mp.fsum(abs(b - a) for a, b in zip(Y, P)) / n),
                           "grad": [to_double(mp.sign(b - a) / n) for a, b in zip(Y, P)]})
        d = rng.choice([0.5, 1.0, 2.0])
        D = mpf(d)
        hub = [(b - a) ** 2 / 2 if abs(b - a) <= D else D * (abs(b - a) - D / 2) for a, b in zip(Y, P)]
        out["huber"].append({"yTrue": y, "yPred": p, "delta": d, "value": to_double(mp.fsum(hub) / n),
                             "grad": [to_double(min(D, max(-D, b - a)) / n) for a, b in zip(Y, P)]})
    # The clip interval is [eps, 1 - eps] as doubles: the double 1e-7 and the double nearest 1 - 1e-7.
    lo, hi = mpf(1e-7), mpf(1 - 1e-7)
    bce_sets = [
        ([1, 0, 1, 0], [0.9, 0.1, 0.5, 0.999]),
        ([1, 0], [0.0, 1.0]),              # clipped: a confident mistake costs -log(1e-7)
        ([1, 1, 0], [1e-12, 0.5, 1 - 1e-12]),
        ([0.3, 0.7], [0.25, 0.75]),         # soft labels
    ]
    for _ in range(4):
        n = rng.randint(1, 8)
        bce_sets.append(([rng.choice([0, 1]) for _ in range(n)], [rng.uniform(0.001, 0.999) for _ in range(n)]))
    for y, p in bce_sets:
        n = len(y)
        terms = []
        grads = []
        for a, b in zip(y, p):
            A, B = mpf(a), clip(mpf(b), lo, hi)
            terms.append(-(A * mp.log(B) + (1 - A) * mp.log(1 - B)))
            inside = lo <= mpf(b) <= hi
            grads.append(to_double((B - A) / (B * (1 - B)) / n) if inside else 0.0)
        out["binaryCrossEntropy"].append({"yTrue": y, "pPred": p, "value": to_double(mp.fsum(terms) / n), "grad": grads})
    logit_sets = [
        ([1, 0, 1, 0], [800, -800, -800, 800]),
        ([1, 0], [40, -40]),
        ([1, 0, 1], [0, 0, 1e-9]),
        ([0.25, 0.75], [-3, 3]),
    ]
    for _ in range(4):
        n = rng.randint(1, 8)
        logit_sets.append(([rng.choice([0, 1]) for _ in range(n)], [rng.gauss(0, 8) for _ in range(n)]))
    for y, z in logit_sets:
        n = len(y)
        terms = [-(mpf(a) * mp.log(sig(mpf(b))) + (1 - mpf(a)) * mp.log(sig(-mpf(b)))) for a, b in zip(y, z)]
        grads = [to_double((sig(mpf(b)) - mpf(a)) / n) for a, b in zip(y, z)]
        out["bceWithLogits"].append({"yTrue": y, "logits": z, "value": to_double(mp.fsum(terms) / n), "grad": grads})
    ce_sets = [([0, 0], 1), ([1000, 1001, 1002], 0), ([1000, 1001, 1002], 2), ([0, -1000], 0), ([0, -1000], 1),
               ([50, 0, 0], 0), ([-1e-9, 0, 1e-9], 1)]
    for _ in range(6):
        n = rng.randint(2, 10)
        ce_sets.append(([rng.gauss(0, 5) for _ in range(n)], rng.randrange(n)))
    for z, label in ce_sets:
        p = softmax_mp(z)
        grad = [to_double(v - (1 if i == label else 0)) for i, v in enumerate(p)]
        out["softmaxCrossEntropy"].append({"logits": z, "label": label,
                                           "value": to_double(lse_mp(z) - mpf(z[label])), "grad": grad})
    return out


def finite_json(v):
    """JSON has no Infinity: write non-finite doubles as the strings "Infinity", "-Infinity"."""
    if isinstance(v, float) and not math.isfinite(v):
        return "Infinity" if v > 0 else "-Infinity" if v < 0 else "NaN"
    if isinstance(v, list):
        return [finite_json(u) for u in v]
    if isinstance(v, dict):
        return {k: finite_json(u) for k, u in v.items()}
    return v


def main():
    rng = random.Random(20261124)
    xs = scalar_inputs(rng)
    scalar = {}
    for name, f in SCALAR.items():
        scalar[name] = [[x, to_double(f(mpf(x)))] for x in xs]
    # Next to the zeros of siluGrad and geluGrad no double evaluation is relatively accurate
    # (two terms cancel); these points are checked to an absolute tolerance instead.
    near_zero = {}
    for name, root in [("siluGrad", -1.2784645427610737), ("geluGrad", -0.7517915246935645)]:
        pts = sorted({root + d for d in (0.0, 1e-15, -1e-15, 1e-12, -1e-12, 1e-9, -1e-9, 1e-6, -1e-6, 1e-3, -1e-3)})
        near_zero[name] = [[x, to_double(SCALAR[name](mpf(x)))] for x in pts]
    vectors, temps = vector_cases(rng)
    data = {
        "about": "Generated by generate.py with mpmath " + mp.__version__ + " at " + str(mp.mp.dps)
                 + " digits; each value is the double nearest the exact result.",
        "scalar": scalar,
        "nearZero": near_zero,
        "vector": vectors,
        "temperature": temps,
        "loss": loss_cases(rng),
    }
    path = Path(__file__).with_name("values.json")
    path.write_text(json.dumps(finite_json(data), allow_nan=False, separators=(",", ":")) + "\n")
    print(f"wrote {path}: {len(xs)} inputs x {len(SCALAR)} functions, {len(vectors)} vectors")


if __name__ == "__main__":
    main()
