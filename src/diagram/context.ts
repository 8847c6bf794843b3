// What node components need from the canvas besides their data: the UI language and callbacks.
// Internal to src/diagram; the canvas itself takes everything as props.
import { createContext, useContext } from "react";

export interface DiagramActions {
  lang: "en" | "ko";
  toggleCollapse(nodeId: string): void;
  selectSecurityGroup(securityGroupId: string): void;
  /** Selects a resource drawn as a mark or chip (route table, network ACL, Elastic IP). */
  selectResource(id: string): void;
  /** One line about a box for its tooltip (kind, name, key facts). */
  summaryOf?(targetId: string): string | undefined;
}

export const DiagramActionsContext = createContext<DiagramActions>({
  lang: "en",
  toggleCollapse: () => {},
  selectSecurityGroup: () => {},
  selectResource: () => {},
});

export const useDiagramActions = () => useContext(DiagramActionsContext);

/**
 * True while the canvas draws the overview (containers with miniatures, no instance or volume
 * boxes). A context rather than a React Flow store selector in every box: the store's selectors
 * all run on every pan and zoom frame, and this flips only when the zoom crosses OVERVIEW_ZOOM.
 */
export const OverviewContext = createContext(false);
