let components = [];
export function setEditorComponents(list) {
  components = list;
}
export function getEditorComponents() {
  return components;
}
const stub = {};
export default stub;
