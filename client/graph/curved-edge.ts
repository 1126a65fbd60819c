// Sigma 3 edge program: curved directed edges with an arrow head and a score label on the curve; `dashed` edges are drawn dashed.
import { EdgeProgram } from "sigma/rendering";
import type { RenderParams, EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { floatColor } from "sigma/utils";
import { makeEdgeLabelDrawer } from "./labels.ts";
import { FRAGMENT_SHADER, SEGMENTS, VERTEX_SHADER } from "./shaders.ts";

const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;
const UNIFORMS = ["u_matrix", "u_sizeRatio", "u_correctionRatio", "u_minEdgeThickness", "u_curvature"] as const;
type Uniform = (typeof UNIFORMS)[number];

/** Per vertex: t along the curve (0–1), side (−1/+1, 0 = tip), head flag. */
function constantData(): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < SEGMENTS; i++) {
    const t0 = i / SEGMENTS;
    const t1 = (i + 1) / SEGMENTS;
    out.push([t0, 1, 0], [t0, -1, 0], [t1, 1, 0], [t1, 1, 0], [t0, -1, 0], [t1, -1, 0]);
  }
  out.push([1, 0, 1], [1, 1, 1], [1, -1, 1]);
  return out;
}

export interface CurvedEdgeData extends EdgeDisplayData {
  dashed?: boolean;
}

export function createCurvedEdgeProgram(curvature = 0.18) {
  const drawCurvedLabel = makeEdgeLabelDrawer(curvature);
  return class CurvedEdgeProgram extends EdgeProgram<Uniform> {
    /** The score pill sits on the middle of the curve, not on the straight line sigma's default drawer uses. */
    override drawLabel = drawCurvedLabel as unknown as EdgeProgram<Uniform>["drawLabel"];

    getDefinition() {
      return {
        VERTICES: SEGMENTS * 6 + 3,
        VERTEX_SHADER_SOURCE: VERTEX_SHADER,
        FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
        METHOD: TRIANGLES,
        UNIFORMS,
        ATTRIBUTES: [
          { name: "a_source", size: 2, type: FLOAT },
          { name: "a_target", size: 2, type: FLOAT },
          { name: "a_thickness", size: 1, type: FLOAT },
          { name: "a_radius", size: 1, type: FLOAT },
          { name: "a_dashed", size: 1, type: FLOAT },
          { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
        ],
        CONSTANT_ATTRIBUTES: [
          { name: "a_t", size: 1, type: FLOAT },
          { name: "a_side", size: 1, type: FLOAT },
          { name: "a_head", size: 1, type: FLOAT },
        ],
        CONSTANT_DATA: constantData(),
      };
    }

    processVisibleItem(edgeIndex: number, startIndex: number, source: NodeDisplayData, target: NodeDisplayData, data: CurvedEdgeData) {
      const a = this.array;
      let i = startIndex;
      a[i++] = source.x;
      a[i++] = source.y;
      a[i++] = target.x;
      a[i++] = target.y;
      a[i++] = data.size || 1;
      a[i++] = target.size || 1;
      a[i++] = data.dashed ? 1 : 0;
      a[i++] = floatColor(data.color);
      a[i] = edgeIndex;
    }

    setUniforms(params: RenderParams, { gl, uniformLocations }: { gl: WebGLRenderingContext; uniformLocations: Record<Uniform, WebGLUniformLocation> }) {
      gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
      gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
      gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
      gl.uniform1f(uniformLocations.u_minEdgeThickness, params.minEdgeThickness);
      gl.uniform1f(uniformLocations.u_curvature, curvature);
    }
  };
}
