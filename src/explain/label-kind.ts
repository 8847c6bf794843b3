// The kinds the explanations know: the model's label kinds (kind words in ../model/kind-labels.ts).
export {
  LABEL_KINDS,
  type LabelKind,
  labelKindOf as labelKindOfResource,
} from "../model/kind-labels.ts";
