#!/usr/bin/env python3
"""Reference table of EcoLogits' LLM inference method, computed by EcoLogits' own code.

EcoLogits commit: 2d0a1c76358a1aad0c530d47794e37465ad029e8 (tag 0.9.1, 2025-11-13),
repository github.com/genai-impact/ecologits. Its source is NOT vendored here; this script
imports it as a peer from $ECOLOGITS_SRC (default /tmp/ecologits-src).

How to run (see README.md beside this file):
    git -C <ecologits-mirror> archive 2d0a1c76358a1aad0c530d47794e37465ad029e8 ecologits \
        | tar -x -C /tmp/ecologits-src
    /usr/bin/python3 -m venv /tmp/ecovenv
    /tmp/ecovenv/bin/pip install 'pydantic>=2,<3' 'wrapt>=1.14.1,<2' packaging
    ECOLOGITS_SRC=/tmp/ecologits-src /tmp/ecovenv/bin/python bench/ecologits/llm_reference.py \
        > bench/ecologits/llm_reference.csv

Output: CSV on stdout. Energies in Wh (EcoLogits computes kWh; x1000 here), latency in s,
GWP in gCO2e (EcoLogits computes kgCO2eq; x1000 here). Floats are printed with repr()
(shortest round-trip), so they can be pinned exactly.
"""
import argparse
import csv
import math
import os
import sys

SRC = os.environ.get("ECOLOGITS_SRC", "/tmp/ecologits-src")
sys.path.insert(0, SRC)

from ecologits.impacts import llm as L  # noqa: E402  (EcoLogits' own module)
from ecologits.impacts.llm import compute_llm_impacts, compute_llm_impacts_dag  # noqa: E402
from ecologits.electricity_mix_repository import electricity_mixes  # noqa: E402

# name, source, total params (billions), active params (billions)
CONFIGS = [
    ("dense-8B", "nominal", 8.0, 8.0),
    ("dense-70B", "nominal", 70.0, 70.0),
    ("dense-405B", "nominal", 405.0, 405.0),
    ("moe-141B-a39B", "nominal", 141.0, 39.0),
    # exact values from ecologits/data/models.json at the same commit
    ("meta-llama/Meta-Llama-3.1-8B", "models.json", 8.03, 8.03),
    ("meta-llama/Meta-Llama-3.1-70B", "models.json", 70.55, 70.55),
    ("meta-llama/Meta-Llama-3.1-405B", "models.json", 405.85, 405.85),
    ("mistralai/Mixtral-8x22B-v0.1", "models.json", 140.6, 39.1),
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tokens", default="100,500,1000")
    ap.add_argument("--pue", default="1.0,1.2",
                    help="EcoLogits has no global PUE default; 1.2 is its openai provider value")
    ap.add_argument("--zone", default="WOR", help="electricity mix zone (WOR is EcoLogits' fallback)")
    args = ap.parse_args()

    mix = electricity_mixes.find_electricity_mix(zone=args.zone)
    if mix is None:
        sys.exit(f"unknown zone {args.zone}")
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow([
        "config", "source", "total_params_B", "active_params_B", "output_tokens", "batch_size", "pue",
        "model_required_memory_GB", "gpu_count", "latency_s",
        "gpu_energy_per_gpu_Wh", "gpu_energy_all_gpus_Wh", "server_nongpu_energy_Wh",
        "server_energy_Wh", "request_energy_Wh", "request_energy_per_token_Wh",
        "zone", "zone_gwp_kgCO2e_per_kWh", "usage_gwp_gCO2e", "embodied_gwp_gCO2e", "total_gwp_gCO2e",
    ])
    for name, source, total, active in CONFIGS:
        for tokens in [int(t) for t in args.tokens.split(",")]:
            for pue in [float(p) for p in args.pue.split(",")]:
                common = dict(
                    model_active_parameter_count=active,
                    model_total_parameter_count=total,
                    output_token_count=tokens,
                    if_electricity_mix_adpe=mix.adpe,
                    if_electricity_mix_pe=mix.pe,
                    if_electricity_mix_gwp=mix.gwp,
                    if_electricity_mix_wue=mix.wue,
                    datacenter_pue=pue,
                    datacenter_wue=0.0,
                )
                # intermediate DAG values (request_latency=inf is what compute_llm_impacts uses for None)
                r = compute_llm_impacts_dag(request_latency=math.inf, **common)
                # the public entry point; must agree with the DAG
                imp = compute_llm_impacts(**common)
                assert imp.energy.value == r["request_energy"]
                assert imp.embodied.gwp.value == r["request_embodied_gwp"]
                assert imp.usage.gwp.value == r["request_usage_gwp"]
                server_energy_kwh = r["server_energy"] + r["gpu_required_count"] * r["gpu_energy"]
                w.writerow([
                    name, source, repr(total), repr(active), tokens, r["batch_size"], repr(pue),
                    repr(r["model_required_memory"]), r["gpu_required_count"], repr(r["generation_latency"]),
                    repr(r["gpu_energy"] * 1000), repr(r["gpu_required_count"] * r["gpu_energy"] * 1000),
                    repr(r["server_energy"] * 1000), repr(server_energy_kwh * 1000),
                    repr(r["request_energy"] * 1000), repr(r["request_energy"] * 1000 / tokens),
                    args.zone, repr(mix.gwp), repr(r["request_usage_gwp"] * 1000),
                    repr(r["request_embodied_gwp"] * 1000), repr(imp.gwp.value * 1000),
                ])
    print(f"# EcoLogits source: {os.path.realpath(L.__file__)}", file=sys.stderr)


if __name__ == "__main__":
    main()
