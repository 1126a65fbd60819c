// GLSL of the curved, directed, optionally dashed edge program (quadratic Bézier + arrow head).
export const SEGMENTS = 16;

export const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_source;
attribute vec2 a_target;
attribute float a_thickness;
attribute float a_radius;
attribute float a_dashed;
attribute float a_t;
attribute float a_side;
attribute float a_head;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_curvature;

varying vec4 v_color;
varying float v_along;
varying float v_dashed;
varying float v_side;

const float bias = 255.0 / 254.0;

vec2 bez(vec2 p0, vec2 p1, vec2 p2, float t) {
  float s = 1.0 - t;
  return s * s * p0 + 2.0 * s * t * p1 + t * t * p2;
}
vec2 bezd(vec2 p0, vec2 p1, vec2 p2, float t) {
  return 2.0 * (1.0 - t) * (p1 - p0) + 2.0 * t * (p2 - p1);
}
vec2 perp(vec2 v) {
  float l = length(v);
  return l > 0.0 ? vec2(-v.y, v.x) / l : vec2(0.0, 1.0);
}

void main() {
  vec2 d = a_target - a_source;
  float len = length(d);
  vec2 ctrl = (a_source + a_target) * 0.5 + perp(d) * len * u_curvature;
  float arc = len * sqrt(1.0 + 1.333 * u_curvature * u_curvature);

  float px = max(a_thickness, u_minEdgeThickness * u_sizeRatio);
  float w = px * u_correctionRatio / u_sizeRatio;
  float radius = a_radius * 2.0 * u_correctionRatio / u_sizeRatio;
  // Arrow heads large enough to read from across a meeting room: at least 14 × 2·7 pixels.
  float minHead = u_correctionRatio / u_sizeRatio;
  float headLen = max(w * 6.5, 14.0 * minHead);
  float headWide = max(w * 3.8, 7.0 * minHead);
  float tTip = clamp(1.0 - radius / max(arc, 1e-6), 0.0, 1.0);
  float tBase = clamp(tTip - headLen / max(arc, 1e-6), 0.0, 1.0);

  vec2 pos;
  if (a_head > 0.5) {
    vec2 tip = bez(a_source, ctrl, a_target, tTip);
    vec2 base = bez(a_source, ctrl, a_target, tBase);
    pos = a_side == 0.0 ? tip : base + perp(tip - base) * a_side * headWide;
    v_along = 0.0;
    v_dashed = 0.0;
    v_side = 0.0;
  } else {
    float t = a_t * tBase;
    pos = bez(a_source, ctrl, a_target, t) + perp(bezd(a_source, ctrl, a_target, t)) * a_side * w;
    v_along = t * arc / w;
    v_dashed = a_dashed;
    v_side = a_side;
  }
  gl_Position = vec4((u_matrix * vec3(pos, 1.0)).xy, 0.0, 1.0);

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

export const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;
varying vec4 v_color;
varying float v_along;
varying float v_dashed;
varying float v_side;

void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  if (v_dashed > 0.5 && mod(v_along, 9.0) > 5.5) discard;
  float edge = smoothstep(0.75, 1.0, abs(v_side));
  gl_FragColor = mix(v_color, vec4(0.0), edge);
  #endif
}
`;
